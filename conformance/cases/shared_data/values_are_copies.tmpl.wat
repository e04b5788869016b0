;; The store keeps copies, not the guest's memory.  "k" = "original" is
;; written from guest memory; the guest then overwrites the key bytes
;; ("k" -> "j") and the value bytes ("original" -> "CHANGED!").  "k"
;; still reads "original", "j" is not_found, and the read's buffer is a
;; fresh one from the allocator (not the source address; the guest traps
;; otherwise).  The guest then scribbles over that buffer too, and a
;; second read of "k" is still "original".
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "original")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $read
    (drop (call $get (i32.const 16) (i32.const 1) (i32.const 256)
                     (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 8)
                     (i32.const 0)))
    (i32.store8 (i32.const 16) (i32.const 0x6a))              ;; "j"
    (i64.store (i32.const 32) (i64.const 0x214445474e414843))  ;; "CHANGED!"
    (call $read)                                               ;; "j"
    (i32.store8 (i32.const 16) (i32.const 0x6b))              ;; "k" again
    (call $read)
    (if (i32.eq (i32.load (i32.const 256)) (i32.const 32)) (then unreachable))
    (i64.store (i32.load (i32.const 256)) (i64.const 0x214445474e414843))
    (call $read)
    (i32.const 1)))
