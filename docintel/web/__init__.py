"""``docintel serve``: the web page where applicants pre-scan an application's
attachments and see, with the evidence drawn on the pages, what a reviewer will
flag. Analyses run in background threads through the bulk audit's own path
(``audit.run.run_audit``: worker processes with limits, the SQLite store), one
private folder and database per upload."""
