"""Figures: number phrases in text (:mod:`.numbers`, grammar in :mod:`.grammar`), what a number
counts (:mod:`.measure`), and the day or period it refers to (:mod:`.dates`)."""
