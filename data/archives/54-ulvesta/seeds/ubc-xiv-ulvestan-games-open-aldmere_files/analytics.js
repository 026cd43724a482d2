/* UBC audience measurement v3.1 */
window.ubcStats=window.ubcStats||{q:[]};window.ubcStats.q.push(["page",{section:"sport",id:"sport-68217734",type:"article"}]);
