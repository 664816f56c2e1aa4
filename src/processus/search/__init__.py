"""Search: find anything the dialogue has said.

Three kinds of entries are ranked together: meetings (described from their
consolidated values), documents (title, file name, kind) and passages (the
paragraphs of documents, with their character offsets). The lexical backend is
chosen by the database vendor (:mod:`processus.search.backends`); semantic
search is an optional extra (:mod:`processus.search.semantic`) fused with the
lexical ranking by weighted reciprocal rank fusion (:mod:`processus.search.engine`).
"""
