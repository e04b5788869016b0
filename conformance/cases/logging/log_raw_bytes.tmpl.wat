;; proxy_log of a message with a NUL, a byte >= 0x80 and a trailing
;; newline: the message is raw bytes of the given length, not a C string.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "a\00b\ffc\0a")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 3) (i32.const 16) (i32.const 6)))
    (i32.const 1)))
