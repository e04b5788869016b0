;; Zero-length strings: the empty key, and zero-length keys and values
;; whose pointer is at or past the end of memory (1 page: 65536 bytes).
;; The empty key (pointer 16, length 0) is a key like any other.  A
;; zero-length string at 65536 (ptr + len = the memory size) is inside
;; memory: the same empty key, an empty value.  At 65537 or 0xffffffff it
;; is not: invalid_memory_access, and nothing is stored.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "for-empty")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $read (param $key i32) (param $len i32)
    (drop (call $get (local.get $key) (local.get $len) (i32.const 256)
                     (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; the empty key
    (drop (call $set (i32.const 16) (i32.const 0) (i32.const 32) (i32.const 9)
                     (i32.const 0)))
    (call $read (i32.const 16) (i32.const 0))
    ;; the empty key, at the end of memory
    (call $read (i32.const 65536) (i32.const 0))
    ;; zero-length keys past the end of memory
    (call $read (i32.const 65537) (i32.const 0))
    (call $read (i32.const -1) (i32.const 0))
    (drop (call $set (i32.const 65537) (i32.const 0) (i32.const 32) (i32.const 1)
                     (i32.const 0)))
    ;; an empty value at the end of memory; past it
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 65536) (i32.const 0)
                     (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 65540) (i32.const 0)
                     (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const -16) (i32.const 0)
                     (i32.const 0)))
    (call $read (i32.const 16) (i32.const 1))
    (i32.const 1)))
