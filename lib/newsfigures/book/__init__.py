"""The book: build (papermill, then jupyter-book) in :mod:`.build`; what the chapters use in
:mod:`.setup` (their shared setup and "how to read the charts" text) and :mod:`.charts` (the
chart toolbox: :mod:`.style`, :mod:`.marks`, :mod:`.traces`, :mod:`.plotly_figures`,
:mod:`.static`, :mod:`.checks`, :mod:`.prose`, :mod:`.explorer`); the territory map in :mod:`.map`;
the plotly.js bundle the pages load in :mod:`.bundle`."""
