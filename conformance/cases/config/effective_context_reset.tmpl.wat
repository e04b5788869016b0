;; The root's proxy_on_tick (100 ms) switches to the last stream created
;; only on its first run, then sets property "k" each time: the second
;; tick starts on the root again, where set_property fails.
(module
  (import "env" "proxy_set_effective_context" (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "v")
  (global $stream (mut i32) (i32.const 0))
  (global $ticks (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (local.get $root) (then (global.set $stream (local.get $ctx)))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (if (i32.eqz (global.get $ticks))
      (then (drop (call $set_effective (global.get $stream)))))
    (global.set $ticks (i32.add (global.get $ticks) (i32.const 1)))
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))))
