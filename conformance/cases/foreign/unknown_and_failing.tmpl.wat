;; An unknown name, a known name's prefix, the empty name, a known name
;; with a byte more, and pwabi.fail.
;; The out-values (512, 516) are preset to 7; the guest logs "kept" when a
;; refused call leaves them so.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "nope")
  (data (i32.const 96) "pwabi.fail")
  (data (i32.const 120) "abc")
  (data (i32.const 128) "pwabi.echoo")
  (data (i32.const 300) "kept")
  (data (i32.const 310) "written")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $try (param $name i32) (param $len i32)
    (i32.store (i32.const 512) (i32.const 7))
    (i32.store (i32.const 516) (i32.const 7))
    (drop (call $ff (local.get $name) (local.get $len) (i32.const 120) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (if (i32.and (i32.eq (i32.load (i32.const 512)) (i32.const 7))
                 (i32.eq (i32.load (i32.const 516)) (i32.const 7)))
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 4))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 7))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $try (i32.const 80) (i32.const 4))
    (call $try (i32.const 64) (i32.const 9))
    (call $try (i32.const 64) (i32.const 0))
    (call $try (i32.const 128) (i32.const 11))
    (call $try (i32.const 96) (i32.const 10))
    (i32.const 1)))
