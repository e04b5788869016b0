;; A start function that calls the host and initialises state.
(module
  (import "env" "started" (func $started (param i32)))
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 0))
  (func $init
    (call $started (i32.const 7))
    (global.set $g (i32.const 5))
    (i32.store (i32.const 16) (i32.const 99)))
  (start $init)
  (func (export "get") (result i32) (global.get $g))
)
