;; A WASI command: _start only, called at start-up.
(module
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 0))
  (func (export "_start") (global.set $g (i32.const 7)))
  (func (export "order") (result i32) (global.get $g)))
