;; proxy_set_effective_context with ids of no live context: 0, 999,
;; 0xffffffff, and the id of a stream that has been closed (remembered by
;; proxy_on_create).  After each refusal the calls still act on the root:
;; set_property stays not_found.  Runs in the root's proxy_on_tick (100 ms).
(module
  (import "env" "proxy_set_effective_context" (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "v")
  (global $stream (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (local.get $root) (then (global.set $stream (local.get $ctx)))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $set_effective (i32.const 0)))
    (drop (call $set_effective (i32.const 999)))
    (drop (call $set_effective (i32.const -1)))
    (drop (call $set_effective (global.get $stream)))
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))))
