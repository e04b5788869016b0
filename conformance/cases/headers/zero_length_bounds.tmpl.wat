;; headers/zero_length_bounds: strings of length 0 are bounds-checked like
;; any other: [ptr, ptr+0) must lie inside memory, so a pointer at the very
;; end of the 1-page memory (65536) is an empty string, one past it (65537)
;; or at 0xFFFFFFFF is invalid_memory_access.  In on_request_headers:
;;   add x-z = (65536, 0)           ok: x-z with an empty value
;;   add x-y = (65537, 0)           invalid_memory_access
;;   add x-y = (0xFFFFFFFF, 0)      invalid_memory_access
;;   add key (65537, 0) = "1"       invalid_memory_access
;;   replace x-z = (65537, 0)       invalid_memory_access
;;   remove key (65537, 0)          invalid_memory_access
;;   remove key (65536, 0)          ok: no entry has the empty key
;;   get value of key (65537, 0)    invalid_memory_access, nothing written
;;   set pairs (65537, 0)           invalid_memory_access
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-z")   ;; 3
  (data (i32.const 32) "x-y")   ;; 3
  (data (i32.const 48) "1")     ;; 1
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 65536) (i32.const 0)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 32) (i32.const 3) (i32.const 65537) (i32.const 0)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 32) (i32.const 3) (i32.const -1) (i32.const 0)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 65537) (i32.const 0) (i32.const 48) (i32.const 1)))
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 65537) (i32.const 0)))
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 65537) (i32.const 0)))
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 65536) (i32.const 0)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 65537) (i32.const 0) (i32.const 512) (i32.const 516)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 65537) (i32.const 0)))
    (i32.const 0)))
