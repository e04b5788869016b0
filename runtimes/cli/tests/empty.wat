;; A module that exports nothing: `pwabi run` says nothing was called.
(module)
