;; proxy_get_current_time_nanoseconds with a bad out-pointer: past the end
;; of memory, wrapping past 2^32 (0xfffffffc + 8), and 4 of its 8 bytes past
;; the end; then the last 8 bytes of memory, which are valid.
(module
  (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $now (i32.const 65536)))
    (drop (call $now (i32.const -4)))
    (drop (call $now (i32.const 65532)))
    (drop (call $now (i32.const 65528)))
    (i32.const 1)))
