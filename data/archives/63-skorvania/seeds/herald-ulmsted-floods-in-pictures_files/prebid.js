/* prebid placeholder build 8.41 */ var pbjs=pbjs||{};pbjs.que=pbjs.que||[];
