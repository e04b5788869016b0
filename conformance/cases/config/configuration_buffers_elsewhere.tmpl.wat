;; config/configuration_buffers_elsewhere: buffers 6 (vm_configuration)
;; and 7 (plugin_configuration) outside the callbacks that own them.  Each
;; of on_vm_start, validate_configuration, on_configure, the root's
;; on_tick (100 ms) and an HTTP stream's on_request_headers asks for the
;; length of buffer 6 and of buffer 7.
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds"
    (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $both
    (drop (call $status (i32.const {{buffer vm_configuration}}) (i32.const 512) (i32.const 516)))
    (drop (call $status (i32.const {{buffer plugin_configuration}}) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (call $both)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32)
    (call $both) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $both) (i32.const 1))
  (func (export "proxy_on_tick") (param i32) (call $both))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $both) (i32.const 0)))
