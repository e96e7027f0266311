"""The learned part of the score: text models, their safe storage and their training.

Two scikit-learn text models feed the screening scorer as named features: a recruitment-fraud
model trained on EMSCAD job adverts (:mod:`.emscad`) and a hostile-approach model trained on the
labelled approach corpus (:mod:`.approach_text`). Both are stored with skops and loaded with an
explicit list of trusted types (:mod:`.artefacts`); nothing is ever unpickled.
"""
