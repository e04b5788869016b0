;; proxy_on_create remembers the last stream id.  The root's proxy_on_tick
;; (100 ms) makes that stream the effective context and sets property "k"
;; there: set_property, which fails on a root, now succeeds.  The stream's
;; proxy_on_request_body then reads "k".
(module
  (import "env" "proxy_set_effective_context" (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "from-root")
  (global $stream (mut i32) (i32.const 0))
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (local.get $root) (then (global.set $stream (local.get $ctx)))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 1) (i32.const 64) (i32.const 68)))
    (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $set_effective (global.get $stream)))
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 9)))))
