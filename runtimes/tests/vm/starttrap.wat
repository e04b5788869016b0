;; The start function traps: instantiation fails and the trap is reported.
(module
  (memory (export "memory") 1)
  (func $boom unreachable)
  (start $boom))
