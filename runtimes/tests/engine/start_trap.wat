;; A start function that traps.
(module
  (memory (export "memory") 1)
  (func $init (unreachable))
  (start $init)
  (func (export "f") (result i32) (i32.const 1))
)
