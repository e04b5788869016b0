;; config/configuration_buffers: from 0.2.0 the configurations are buffers.
;; on_vm_start reads buffer 6 (vm_configuration), validate_configuration
;; and on_configure read buffer 7 (plugin_configuration): all of it, a
;; range, and its status.  Each returns its configuration_len argument
;; plus one, so the step's result shows the length the host passed and a
;; 0-length configuration is still accepted.
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
  (func $read (param $t i32) (param $len i32) (result i32)
    (drop (call $bytes (local.get $t) (i32.const 0) (local.get $len) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (local.get $t) (i32.const 1) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $status (local.get $t) (i32.const 520) (i32.const 524)))
    (i32.add (local.get $len) (i32.const 1)))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (call $read (i32.const {{buffer vm_configuration}}) (local.get 1)))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32)
    (call $read (i32.const {{buffer plugin_configuration}}) (local.get 1)))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $read (i32.const {{buffer plugin_configuration}}) (local.get 1))))
