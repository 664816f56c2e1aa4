"""What a test can see of a PDF: its pages' text and how much of a page is ink."""

from __future__ import annotations

import pypdfium2 as pdfium


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [" ".join(page.get_textpage().get_text_range().split()) for page in document]


def ink_share(pdf: bytes, page: int = 0) -> float:
    """The share of the page's pixels that are not (nearly) white, rendered at 72 dpi."""
    image = pdfium.PdfDocument(pdf)[page].render(scale=1).to_pil().convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / sum(histogram)
