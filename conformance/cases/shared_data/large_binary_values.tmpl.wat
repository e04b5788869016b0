;; Values of any size and content.  on_configure fills 49152 bytes at
;; 65536 with a pattern (byte i = (i * 31 + i / 256) mod 256: every byte
;; value, NULs included) and stores them under "big"; reads them back and
;; compares byte by byte (the guest traps on a difference).  It then
;; overwrites "big" with the 5 bytes "small", guarded by the CAS it read:
;; the shorter value replaces the whole old one.  Last, it stores the 256
;; byte values 0..255 (the data at 512) under "all" and reads them back.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 3)
  {{marker}}
  (data (i32.const 16) "big")
  (data (i32.const 24) "all")
  (data (i32.const 32) "small")
  (data (i32.const 512)
    "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\1a\1b\1c\1d\1e\1f"
    "\20\21\22\23\24\25\26\27\28\29\2a\2b\2c\2d\2e\2f\30\31\32\33\34\35\36\37\38\39\3a\3b\3c\3d\3e\3f"
    "\40\41\42\43\44\45\46\47\48\49\4a\4b\4c\4d\4e\4f\50\51\52\53\54\55\56\57\58\59\5a\5b\5c\5d\5e\5f"
    "\60\61\62\63\64\65\66\67\68\69\6a\6b\6c\6d\6e\6f\70\71\72\73\74\75\76\77\78\79\7a\7b\7c\7d\7e\7f"
    "\80\81\82\83\84\85\86\87\88\89\8a\8b\8c\8d\8e\8f\90\91\92\93\94\95\96\97\98\99\9a\9b\9c\9d\9e\9f"
    "\a0\a1\a2\a3\a4\a5\a6\a7\a8\a9\aa\ab\ac\ad\ae\af\b0\b1\b2\b3\b4\b5\b6\b7\b8\b9\ba\bb\bc\bd\be\bf"
    "\c0\c1\c2\c3\c4\c5\c6\c7\c8\c9\ca\cb\cc\cd\ce\cf\d0\d1\d2\d3\d4\d5\d6\d7\d8\d9\da\db\dc\dd\de\df"
    "\e0\e1\e2\e3\e4\e5\e6\e7\e8\e9\ea\eb\ec\ed\ee\ef\f0\f1\f2\f3\f4\f5\f6\f7\f8\f9\fa\fb\fc\fd\fe\ff")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 131072))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $read (param $key i32)
    (drop (call $get (local.get $key) (i32.const 3) (i32.const 256)
                     (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (local $i i32) (local $p i32)
    (block $done
      (loop $fill
        (br_if $done (i32.eq (local.get $i) (i32.const 49152)))
        (i32.store8 (i32.add (i32.const 65536) (local.get $i))
          (i32.add (i32.mul (local.get $i) (i32.const 31))
                   (i32.shr_u (local.get $i) (i32.const 8))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill)))
    (drop (call $set (i32.const 16) (i32.const 3) (i32.const 65536)
                     (i32.const 49152) (i32.const 0)))
    (call $read (i32.const 16))
    (if (i32.ne (i32.load (i32.const 260)) (i32.const 49152)) (then unreachable))
    (local.set $p (i32.load (i32.const 256)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $cmp
        (br_if $done (i32.eq (local.get $i) (i32.const 49152)))
        (if (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i)))
                    (i32.load8_u (i32.add (i32.const 65536) (local.get $i))))
          (then unreachable))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cmp)))
    ;; guarded by the CAS just read: a write every host accepts
    (drop (call $set (i32.const 16) (i32.const 3) (i32.const 32)
                     (i32.const 5) (i32.load (i32.const 264))))
    (call $read (i32.const 16))
    (drop (call $set (i32.const 24) (i32.const 3) (i32.const 512)
                     (i32.const 256) (i32.const 0)))
    (call $read (i32.const 24))
    (i32.const 1)))
