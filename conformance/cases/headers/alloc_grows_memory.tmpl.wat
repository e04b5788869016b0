;; headers/alloc_grows_memory: the guest allocator grows memory by one
;; page and returns the new page's start, so the host must look at memory
;; again after the allocator ran (its earlier view ends a page short).
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (data (i32.const 16) ":path")
  (data (i32.const 32) "x-long")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (i32.mul (memory.grow (i32.const 1)) (i32.const 65536)))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 6) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
