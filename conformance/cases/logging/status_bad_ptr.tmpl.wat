;; proxy_get_status with one bad out-pointer at a time (the others valid):
;; code, message and message_len each just past the end of memory,
;; wrapping past 2^32 (0xfffffffe + 4), and with 2 of their 4 bytes past
;; the end.
(module
  (import "env" "proxy_get_status" (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_status (i32.const 65536) (i32.const 68) (i32.const 72)))
    (drop (call $get_status (i32.const -2) (i32.const 68) (i32.const 72)))
    (drop (call $get_status (i32.const 65534) (i32.const 68) (i32.const 72)))
    (drop (call $get_status (i32.const 64) (i32.const 65536) (i32.const 72)))
    (drop (call $get_status (i32.const 64) (i32.const -2) (i32.const 72)))
    (drop (call $get_status (i32.const 64) (i32.const 65534) (i32.const 72)))
    (drop (call $get_status (i32.const 64) (i32.const 68) (i32.const 65536)))
    (drop (call $get_status (i32.const 64) (i32.const 68) (i32.const -2)))
    (drop (call $get_status (i32.const 64) (i32.const 68) (i32.const 65534)))
    (i32.const 1)))
