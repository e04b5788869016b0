;; proxy_on_create remembers the root id.  An HTTP stream's
;; proxy_on_request_headers sets property "k" (ok, on the stream), then
;; makes the root the effective context and sets "k" again: the root has
;; no stream to store it in.
(module
  (import "env" "proxy_set_effective_context" (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "v")
  (global $root (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (i32.eqz (local.get $root)) (then (global.set $root (local.get $ctx)))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))
    (drop (call $set_effective (global.get $root)))
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))
    (i32.const 0)))
