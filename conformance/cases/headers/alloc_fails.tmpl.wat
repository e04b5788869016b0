;; headers/alloc_fails: the guest allocator fails.  While `malloc` returns
;; 0, get value and get pairs of a non-empty result are
;; invalid_memory_access; an empty value needs no allocation and is ok.
;; Then `malloc` returns 65535, a buffer that runs past the end of memory:
;; invalid_memory_access again.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $bad (mut i32) (i32.const 0))   ;; what malloc returns
  (data (i32.const 16) ":path")
  (data (i32.const 32) "x-empty")
  (func (export "{{allocator}}") (param $n i32) (result i32) (global.get $bad))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 7) (i32.const 512) (i32.const 516)))
    (global.set $bad (i32.const 65535))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
