(function(){var g=window.googletag=window.googletag||{cmd:[]};g.cmd.push=function(f){try{f()}catch(e){}};})();
