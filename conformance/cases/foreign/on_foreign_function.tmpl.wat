;; proxy_on_foreign_function: the callback logs "id ok" when function_id is
;; 42, then reads buffer foreign_function_arguments (all of it, and from
;; offset 1) and logs it.  on_configure reads the same buffer outside the
;; callback.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "id ok")
  (data (i32.const 24) "id bad")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get (i32.const {{buffer foreign_function_arguments}}) (i32.const 0)
                     (i32.const 100) (i32.const 512) (i32.const 516)))
    (i32.const 1))
  (func (export "proxy_on_foreign_function") (param $root i32) (param $id i32) (param $len i32)
    (if (i32.eq (local.get $id) (i32.const 42))
      (then (drop (call $log (i32.const 2) (i32.const 16) (i32.const 5))))
      (else (drop (call $log (i32.const 2) (i32.const 24) (i32.const 6)))))
    (drop (call $get (i32.const {{buffer foreign_function_arguments}}) (i32.const 0)
                     (local.get $len) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{buffer foreign_function_arguments}}) (i32.const 1)
                     (i32.const 100) (i32.const 520) (i32.const 524)))))
