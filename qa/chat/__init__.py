"""Chat: what the app and the command line hold and show (``engine``: loaded state and the build;
``conversation``: follow-up questions; ``present``: answers as markdown/HTML; ``files``: uploads).
Imports ``qa.read`` and everything below it."""
