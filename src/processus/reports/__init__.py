"""Stocktaking and chairmanship reports of an action plan, as a page, HTML file or PDF."""
