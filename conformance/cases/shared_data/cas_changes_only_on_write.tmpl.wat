;; The CAS of an entry changes with every successful write and with
;; nothing else.  Write "v1" (cas 0) and read its CAS c1 twice: a read
;; does not change it.  Two writes guarded by CAS values that are not
;; current (c1 + 1, 0xffffffff) are cas_mismatch, and afterwards the value
;; is still "v1" with CAS c1: a refused write changes nothing.  A write
;; guarded by c1 succeeds and gives c2 (not 0, not c1); c1 is then stale
;; (cas_mismatch); a write guarded by c2 succeeds and gives c3 (not 0, not
;; c2).  The guest traps where a CAS is not as stated.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "v1")
  (data (i32.const 40) "bad")
  (data (i32.const 48) "v2")
  (data (i32.const 56) "v3")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  ;; read "k"; the CAS it wrote
  (func $cas (result i32)
    (drop (call $get (i32.const 16) (i32.const 1) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (i32.load (i32.const 264)))
  (func $write (param $val i32) (param $len i32) (param $cas i32)
    (drop (call $set (i32.const 16) (i32.const 1) (local.get $val)
                     (local.get $len) (local.get $cas))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (local $c1 i32) (local $c2 i32) (local $c3 i32)
    (call $write (i32.const 32) (i32.const 2) (i32.const 0))
    (local.set $c1 (call $cas))
    (if (i32.eqz (local.get $c1)) (then unreachable))
    (if (i32.ne (call $cas) (local.get $c1)) (then unreachable))
    (call $write (i32.const 40) (i32.const 3)
                 (i32.add (local.get $c1) (i32.const 1)))
    (call $write (i32.const 40) (i32.const 3) (i32.const -1))
    (if (i32.ne (call $cas) (local.get $c1)) (then unreachable))
    (call $write (i32.const 48) (i32.const 2) (local.get $c1))
    (local.set $c2 (call $cas))
    (if (i32.eqz (local.get $c2)) (then unreachable))
    (if (i32.eq (local.get $c2) (local.get $c1)) (then unreachable))
    (call $write (i32.const 40) (i32.const 3) (local.get $c1))
    (call $write (i32.const 56) (i32.const 2) (local.get $c2))
    (local.set $c3 (call $cas))
    (if (i32.eqz (local.get $c3)) (then unreachable))
    (if (i32.eq (local.get $c3) (local.get $c2)) (then unreachable))
    (i32.const 1)))
