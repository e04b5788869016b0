;; proxy_get_shared_data with one bad pointer at a time, on a key that
;; exists (so a host cannot answer not_found first).  For the key string:
;; out of bounds (65536), ptr + len wrapping past 2^32 (0xfffffff0 + 32),
;; a length past the end of memory (16 + 65521).  For each 4-byte
;; out-pointer (value, value_len, cas): out of bounds (65536), wrapping
;; (0xfffffffe + 4), straddling the end of memory (65534 + 4).  A good call
;; at the end still reads the value.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "value")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 5)
                     (i32.const 0)))
    ;; key
    (drop (call $get (i32.const 65536) (i32.const 1)
                     (i32.const 256) (i32.const 260) (i32.const 264)))
    (drop (call $get (i32.const -16) (i32.const 32)
                     (i32.const 256) (i32.const 260) (i32.const 264)))
    (drop (call $get (i32.const 16) (i32.const 65521)
                     (i32.const 256) (i32.const 260) (i32.const 264)))
    ;; value
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 65536) (i32.const 260) (i32.const 264)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const -2) (i32.const 260) (i32.const 264)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 65534) (i32.const 260) (i32.const 264)))
    ;; value_len
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 65536) (i32.const 264)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const -2) (i32.const 264)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 65534) (i32.const 264)))
    ;; cas
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 260) (i32.const 65536)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 260) (i32.const -2)))
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 260) (i32.const 65534)))
    ;; still works
    (drop (call $get (i32.const 16) (i32.const 1)
                     (i32.const 256) (i32.const 260) (i32.const 264)))
    (i32.const 1)))
