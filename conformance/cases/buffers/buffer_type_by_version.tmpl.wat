;; buffers/buffer_type_by_version: buffer_type 6, 7 and 8 are numbers
;; only from 0.2.0 (vm_configuration, plugin_configuration,
;; foreign_function_arguments); up to 0.1.0 the last buffer is 5.  The
;; numbers are written as numbers on purpose: in v1alpha and 0.1.0 they are
;; out of range.  on_vm_start reads 6 (the VM configuration "vm-cfg"),
;; on_configure reads 7 (the plugin configuration "plugin"), and
;; on_request_body reads 8, which exists only in on_foreign_function.
;; (Whether 6 and 7 exist elsewhere is host-defined:
;; config/configuration_buffers_elsewhere.)
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $both (param $t i32)
    (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516)))
    (drop (call $status (local.get $t) (i32.const 520) (i32.const 524))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (call $both (i32.const 6))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $both (i32.const 7))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $both (i32.const 8))
    (i32.const 0)))
