;; buffers/tcp_data_read: on an L4 connection, read the downstream data
;; (buffer 2) in on_downstream_data and the upstream data (buffer 3) in
;; on_upstream_data: all bytes, a range.
(module
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
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func $read (param $t i32)
    (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (local.get $t) (i32.const 1) (i32.const 2) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (call $read (i32.const {{buffer network_downstream_data}}))
    (i32.const 0))
  (func (export "proxy_on_upstream_data") (param i32 i32 i32) (result i32)
    (call $read (i32.const {{buffer network_upstream_data}}))
    (i32.const 0)))
