"""Read: passages → candidate sentences → a reader marks the short answer → the final choice, its
confidence, and abstention (``evidence``, ``kinds``, ``features``, ``reader`` the seam with
``span_reader``/``sentence_reader`` in ``readers``, ``spans``, ``normalize``; the span to quote in
``span_choice``, from what a question asks (``asked``), who speaks (``speakers``) and what a figure
is (``figures``, ``votes``); ``pipeline``; ``decide``, with whose words the sentences read give in
``attribution`` and interviews' labelled answers in ``interview``); time in ``timing``; who wrote
an article, when and who published it in ``byline``, ``published``, ``publisher``; a review's rating in
``ratings``, a place in a league table in ``standings``). Imports
``qa.search``, ``qa.index``, ``qa.encode`` and the core modules."""
