;; proxy_on_vm_start sets 100 ms.  The first proxy_on_tick sets 30 ms, the
;; second does nothing, the third sets 0: ticks at 100, 130, 160 ms, then
;; none.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $ticks (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_tick") (param i32)
    (global.set $ticks (i32.add (global.get $ticks) (i32.const 1)))
    (if (i32.eq (global.get $ticks) (i32.const 1))
      (then (drop (call $set_tick (i32.const 30)))))
    (if (i32.eq (global.get $ticks) (i32.const 3))
      (then (drop (call $set_tick (i32.const 0)))))))
