"""Territory: the gazetteer of Aleppo's neighbourhoods (:mod:`.gazetteer`), who captured or
holds which district (:mod:`.control`, reading sentences with :mod:`.clauses` and the lexicon of
:mod:`.grammar`; falls with no taker in :mod:`.falls`, districts excepted from a side's whole in
:mod:`.exceptions`), and who holds a stated share of territory (:mod:`.shares`). Both grammars read sides from
the one actors table and give what a side lost by one rule (:mod:`.actors`). Where each gazetteer
name is drawn (its neighbourhood outline) and who held it as of a day: :mod:`.outlines`."""
