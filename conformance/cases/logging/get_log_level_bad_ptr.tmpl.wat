;; proxy_get_log_level with a bad 4-byte out-pointer: just past the end of
;; memory, wrapping past 2^32 (0xfffffffe + 4), and 2 of its 4 bytes past
;; the end; then the last 4 bytes of memory, which are valid.
(module
  (import "env" "proxy_get_log_level" (func $level (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $level (i32.const 65536)))
    (drop (call $level (i32.const -2)))
    (drop (call $level (i32.const 65534)))
    (drop (call $level (i32.const 65532)))
    (i32.const 1)))
