;; Keys are compared as whole byte strings.  "key" = "lower" is stored;
;; then "key\00" (a trailing NUL), "ke" (a prefix), "Key" (another case),
;; "kez" (the last byte changed) and "keyy" (one byte more) are each
;; not_found and write nothing (slots preset to 0xaa; the guest traps if
;; one changes).  "Key" = "upper" and "key\00" = "nul" are then stored as
;; keys of their own, and "key" still reads "lower".
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "key\00")
  (data (i32.const 24) "Key")
  (data (i32.const 32) "kez")
  (data (i32.const 40) "keyy")
  (data (i32.const 64) "lower")
  (data (i32.const 72) "upper")
  (data (i32.const 80) "nul")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (data (i32.const 256) "\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa")
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
  ;; a not_found read left the slots as they were
  (func $untouched
    (if (i32.ne (i32.load (i32.const 256)) (i32.const 0xaaaaaaaa)) (then unreachable))
    (if (i32.ne (i32.load (i32.const 260)) (i32.const 0xaaaaaaaa)) (then unreachable))
    (if (i32.ne (i32.load (i32.const 264)) (i32.const 0xaaaaaaaa)) (then unreachable)))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 3) (i32.const 64) (i32.const 5)
                     (i32.const 0)))
    (call $read (i32.const 16) (i32.const 4))   ;; "key\00"
    (call $untouched)
    (call $read (i32.const 16) (i32.const 2))   ;; "ke"
    (call $untouched)
    (call $read (i32.const 24) (i32.const 3))   ;; "Key"
    (call $untouched)
    (call $read (i32.const 32) (i32.const 3))   ;; "kez"
    (call $untouched)
    (call $read (i32.const 40) (i32.const 4))   ;; "keyy"
    (call $untouched)
    (drop (call $set (i32.const 24) (i32.const 3) (i32.const 72) (i32.const 5)
                     (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 4) (i32.const 80) (i32.const 3)
                     (i32.const 0)))
    (call $read (i32.const 16) (i32.const 3))   ;; "key"
    (call $read (i32.const 24) (i32.const 3))   ;; "Key"
    (call $read (i32.const 16) (i32.const 4))   ;; "key\00"
    (i32.const 1)))
