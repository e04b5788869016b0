;; Start-up order: _initialize, then main(0, 0); never _start.  Each step
;; appends a digit to $g; _initialize logs (allowed during start-up).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 0))
  (func $step (param i32)
    (global.set $g (i32.add (i32.mul (global.get $g) (i32.const 10))
                            (local.get 0))))
  (func (export "_initialize")
    (drop (call $log (i32.const 2) (i32.const 0) (i32.const 0)))
    (call $step (i32.const 1)))
  (func (export "main") (param i32 i32) (result i32)
    (call $step (i32.add (i32.const 2) (i32.add (local.get 0) (local.get 1))))
    (i32.const 0))
  (func (export "_start") (call $step (i32.const 9)))
  (func (export "order") (result i32) (global.get $g)))
