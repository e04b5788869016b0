;; buffers/get_buffer_bytes_alloc_fails: the guest allocator fails while
;; the request body is read.  With `malloc` returning 0, and then 65535 (a
;; 4-byte buffer there would cross the end of memory), a non-empty range is
;; invalid_memory_access; an empty range needs no allocation and is ok.
(module
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $bad (mut i32) (i32.const 0))   ;; what malloc returns
  (func (export "{{allocator}}") (param $n i32) (result i32) (global.get $bad))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 4) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 2) (i32.const 0) (i32.const 512) (i32.const 516)))
    (global.set $bad (i32.const 65535))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 4) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
