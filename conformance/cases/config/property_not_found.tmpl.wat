;; proxy_get_property of paths that name nothing: an unknown top-level
;; name, a segment below a leaf ("plugin_root_id\0x"), and "k", which
;; stream 1 sets but which stream 2 and the root (on_tick) cannot see.
;; proxy_on_request_headers sets "k" only when the request has 2 headers.
(module
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "no_such_property")
  (data (i32.const 48) "plugin_root_id\00x")
  (data (i32.const 80) "k")
  (data (i32.const 88) "v")
  (data (i32.const 128) "\ff\ff\ff\ff\ff\ff\ff\ff")
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_property (i32.const 16) (i32.const 16) (i32.const 128) (i32.const 132)))
    (drop (call $get_property (i32.const 48) (i32.const 16) (i32.const 128) (i32.const 132)))
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (if (i32.eq (local.get 1) (i32.const 2))
      (then (drop (call $set_property (i32.const 80) (i32.const 1) (i32.const 88) (i32.const 1)))))
    (drop (call $get_property (i32.const 80) (i32.const 1) (i32.const 128) (i32.const 132)))
    (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $get_property (i32.const 80) (i32.const 1) (i32.const 128) (i32.const 132)))))
