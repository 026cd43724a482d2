/* ad loader */ window.googletag=window.googletag||{cmd:[]};
