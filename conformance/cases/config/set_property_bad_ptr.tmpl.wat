;; proxy_set_property from an HTTP stream with one bad pointer at a time:
;; path and value each just past the end of memory, wrapping past 2^32
;; (0xfffffffc + 8), and with a length running past the end.
(module
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "key")
  (data (i32.const 32) "value")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    ;; path
    (drop (call $set_property (i32.const 65536) (i32.const 3) (i32.const 32) (i32.const 5)))
    (drop (call $set_property (i32.const -4) (i32.const 8) (i32.const 32) (i32.const 5)))
    (drop (call $set_property (i32.const 16) (i32.const 65521) (i32.const 32) (i32.const 5)))
    ;; value
    (drop (call $set_property (i32.const 16) (i32.const 3) (i32.const 65536) (i32.const 5)))
    (drop (call $set_property (i32.const 16) (i32.const 3) (i32.const -4) (i32.const 8)))
    (drop (call $set_property (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 65505)))
    (i32.const 0)))
