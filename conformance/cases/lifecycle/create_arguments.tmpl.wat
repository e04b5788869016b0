;; Checks the context ids the host hands out without assuming their values,
;; and logs "ok" or "bad" for each check:
;;   root on_create(id, 0): id is not 0, and root_context_id is 0;
;;   on_start(root): the id from the root's on_create;
;;   stream on_create(id, root): root is the root's id, and id is new
;;   (not 0, not the root, not the previous stream's id).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "ok")
  (data (i32.const 24) "bad")
  (global $root (mut i32) (i32.const 0))
  (global $last (mut i32) (i32.const 0))
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $check (param $good i32)
    (if (local.get $good)
      (then (drop (call $log (i32.const 2) (i32.const 16) (i32.const 2))))
      (else (drop (call $log (i32.const 2) (i32.const 24) (i32.const 3))))))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $root i32)
    (if (i32.eqz (global.get $root))
      (then
        (call $check (i32.and (i32.ne (local.get $ctx) (i32.const 0))
                              (i32.eqz (local.get $root))))
        (global.set $root (local.get $ctx)))
      (else
        (call $check (i32.and
          (i32.eq (local.get $root) (global.get $root))
          (i32.and (i32.ne (local.get $ctx) (i32.const 0))
            (i32.and (i32.ne (local.get $ctx) (global.get $root))
                     (i32.ne (local.get $ctx) (global.get $last))))))
        (global.set $last (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param $root i32) (param i32) (result i32)
    (call $check (i32.eq (local.get $root) (global.get $root)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_new_connection}}") (param i32) (result i32) (i32.const 0))
  (func (export "{{export proxy_on_done}}") (param i32) (result i32) (i32.const 1)))
