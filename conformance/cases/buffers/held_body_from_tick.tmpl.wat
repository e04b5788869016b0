;; buffers/held_body_from_tick: a request body held by
;; stop_iteration_and_buffer is reachable from the root's on_tick (100 ms)
;; through proxy_set_effective_context.  on_context_create remembers the
;; stream.  on_request_body reads the whole body and holds it unless the
;; chunk ends the stream.  on_tick makes the stream the effective context,
;; reads the body, prepends "T:" and asks its status.
(module
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_buffer_bytes"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_effective_context"
    (func $set_effective (param i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds"
    (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "T:")
  (global $stream (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (local.get $root) (then (global.set $stream (local.get $ctx)))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (local.get 1) (i32.const 512) (i32.const 516)))
    (i32.eqz (local.get 2)))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $set_effective (global.get $stream)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516)))
    (drop (call $set (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 2)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 520) (i32.const 524)))))
