/* herald-metrics v4.2.1 */
!function(w,d){w.hm=w.hm||function(){(w.hm.q=w.hm.q||[]).push(arguments)};hm("init","HRLD-0042");hm("pageview",{section:"sport"});}(window,document);
