/* Google Publisher Tag stub, saved copy */
var googletag=googletag||{};googletag.cmd=googletag.cmd||[];
