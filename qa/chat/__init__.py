"""Chat: what the app and the command line hold and show. ``engine`` (loaded state and the build),
``conversation`` with ``referents`` and ``ellipsis`` (follow-up questions), ``session`` (one browser conversation:
reply, retry), ``citations`` (numbers stable for a conversation), ``present`` and ``page`` (answers
as escaped markdown/HTML, the page's styles and scripts), ``export`` (copy and export as Markdown),
``files`` (uploads, replace, delete), ``api`` (the app's endpoints). Imports ``qa.read`` and
everything below it."""
